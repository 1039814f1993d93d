package jp.skilldev.council.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.skilldev.council.JobSeekerAllocation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Plan: does the job-seeker support training allocation of the adopted plan add up (資料6-2)? Sets
 * {@code planValid} and, for the form, {@code planProblems}.
 */
@Component("councilCheckPlanAllocation")
class CheckPlanAllocation implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Integer> fields = new LinkedHashMap<>();
        fields.put("介護系", number(execution, "jobSeekerCare"));
        fields.put("医療事務系", number(execution, "jobSeekerMedicalOffice"));
        fields.put("デジタル系", number(execution, "jobSeekerDigital"));
        fields.put("その他系", number(execution, "jobSeekerOther"));
        JobSeekerAllocation allocation = new JobSeekerAllocation(number(execution, "jobSeekerCeiling"),
                number(execution, "jobSeekerBasic"), number(execution, "jobSeekerPractical"), fields,
                number(execution, "jobSeekerELearning"));
        List<JobSeekerAllocation.Problem> problems = allocation.problems();
        execution.setVariable("planValid", problems.isEmpty());
        execution.setVariable("planProblems", problems.isEmpty() ? ""
                : "・" + String.join("\n・", problems.stream().map(JobSeekerAllocation.Problem::message).toList()));
    }

    /** A blank field of the form counts as zero places; the sums then show what is missing. */
    private static int number(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value instanceof Number number ? number.intValue() : 0;
    }
}
