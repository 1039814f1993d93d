package jp.skilldev.bench;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;

/**
 * A history level that answers to the database's "full" (engines refuse to start on a database whose recorded level
 * differs) but produces only the events of another level: how a node with less history performs on the same data.
 */
record HistoryEventsOf(HistoryLevel produced) implements HistoryLevel {

    @Override
    public int getId() {
        return HistoryLevel.HISTORY_LEVEL_FULL.getId();
    }

    @Override
    public String getName() {
        return "bench-events-of-" + produced.getName();
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        return produced.isHistoryEventProduced(eventType, entity);
    }
}
