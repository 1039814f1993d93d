package jp.skilldev.bench;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** The benchmark's own processes, deployed by the benchmark only (never part of the application). */
final class BenchProcesses {

    /** start → asyncBefore no-op service task → end: the engine's smallest unit of asynchronous work. */
    static final String TRIVIAL = "bench-trivial";

    /** start → user task for a staff group with a due date: one open task in a reviewer's list. */
    static final String OPEN_TASK = "bench-open-task";

    static final String NO_OP_TASK = "ServiceTask_DoNothing";

    private BenchProcesses() {
    }

    static void deploy(RepositoryService repositoryService) {
        BpmnModelInstance trivial = Bpmn.createExecutableProcess(TRIVIAL)
                .name("ベンチマーク 最小プロセス / Benchmark trivial process")
                .camundaHistoryTimeToLive(1)
                .startEvent("Start_Started")
                .serviceTask(NO_OP_TASK).name("何もしない / Do nothing").camundaAsyncBefore()
                .camundaClass(ExecutionLedger.class.getName())
                .endEvent("End_Done")
                .done();
        BpmnModelInstance openTask = Bpmn.createExecutableProcess(OPEN_TASK)
                .name("ベンチマーク 未処理タスク / Benchmark open task")
                .camundaHistoryTimeToLive(1)
                .startEvent("Start_Filed")
                .userTask("Task_Review").name("審査 / Review").camundaCandidateGroups("${group}")
                .camundaDueDate("${due}")
                .endEvent("End_Reviewed")
                .done();
        repositoryService.createDeployment().name("benchmark")
                .addModelInstance(TRIVIAL + ".bpmn", trivial)
                .addModelInstance(OPEN_TASK + ".bpmn", openTask)
                .enableDuplicateFiltering(true)
                .deploy();
    }
}
