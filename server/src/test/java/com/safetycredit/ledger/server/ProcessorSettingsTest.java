package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The processors as the server configures them: no event is ever skipped because its handler failed (the
 * processor retries from its token instead), and the read models run in tracking processors.
 */
@LedgerServerTest
class ProcessorSettingsTest {

    static final List<String> READ_MODELS = List.of("history", "profiles", "award-queue", "digests");

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void aFailingHandlerStopsItsProcessorInsteadOfSkippingTheEvent() {
        assertThat(processing.eventProcessors().keySet())
                .containsAll(READ_MODELS)
                .contains("deadlines", "award-recovery");
        for (String name : processing.eventProcessors().keySet()) {
            assertThat(processing.listenerInvocationErrorHandler(name))
                    .as(name)
                    .isInstanceOf(PropagatingErrorHandler.class);
        }
    }

    @Test
    void theReadModelsRunInTrackingProcessors() {
        for (String name : READ_MODELS) {
            assertThat(processing.eventProcessor(name, StreamingEventProcessor.class))
                    .as(name)
                    .get()
                    .isInstanceOf(TrackingEventProcessor.class);
        }
    }
}
