package jp.skilldev.subsidy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** 対象労働者 — a worker the training plan trains. */
@Entity
@Table(name = "subsidy_trainee")
public class Trainee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private TrainingPlan plan;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "worker_type", nullable = false)
    private WorkerType workerType;

    @Column(name = "planned_expense_yen", nullable = false)
    private long plannedExpenseYen;

    protected Trainee() {
    }

    Trainee(TrainingPlan plan, int position, String name, WorkerType workerType, long plannedExpenseYen) {
        this.plan = plan;
        this.position = position;
        this.name = name;
        this.workerType = workerType;
        this.plannedExpenseYen = plannedExpenseYen;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public WorkerType getWorkerType() {
        return workerType;
    }

    public long getPlannedExpenseYen() {
        return plannedExpenseYen;
    }
}
