package jp.skilldev.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jp.skilldev.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the task list's speed at volume rests on (benchmark, issue 8) is in place on every start. */
class TaskListTuningTest extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void openTasksAreIndexedByDueDate() {
        assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = ?", String.class,
                TaskListIndexes.TASK_DUE_DATE)).isEqualTo(
                "CREATE INDEX " + TaskListIndexes.TASK_DUE_DATE + " ON public.act_ru_task USING btree (due_date_)");
    }

    @Test
    void theApplicationsConnectionsDoNotPlanMaterialisedNestedLoops() {
        assertThat(jdbc.queryForObject("show enable_material", String.class)).isEqualTo("off");
    }
}
