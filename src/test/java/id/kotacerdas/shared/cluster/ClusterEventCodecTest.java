package id.kotacerdas.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import id.kotacerdas.instrument.InstrumentChanged;
import org.junit.jupiter.api.Test;

/** A notification's text becomes an event only for records that are cluster events; anything else is ignored. */
class ClusterEventCodecTest {

    record Renamed(String name, long count, boolean final_) implements ClusterEvent {}

    record NotForTheCluster(int year) {}

    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void an_event_reads_back_as_it_was_sent_with_the_instance_that_sent_it() {
        String text = ClusterEventCodec.encode("instance-a", new InstrumentChanged(7));

        assertThat(ClusterEventCodec.decode(text, loader))
                .hasValue(new ClusterEventCodec.Message("instance-a", new InstrumentChanged(7)));
        Renamed renamed = new Renamed("Kab. Badung | 51.03 % ok", 12L, true);
        assertThat(ClusterEventCodec.decode(ClusterEventCodec.encode("b", renamed), loader)
                        .map(ClusterEventCodec.Message::event))
                .hasValue(renamed);
    }

    @Test
    void a_notification_naming_a_class_that_is_no_cluster_event_creates_nothing() {
        assertThat(ClusterEventCodec.decode("x|" + NotForTheCluster.class.getName() + "|1", loader))
                .isEmpty();
        assertThat(ClusterEventCodec.decode("x|java.lang.ProcessBuilder|ls", loader))
                .isEmpty();
        assertThat(ClusterEventCodec.decode("x|no.such.Type|1", loader)).isEmpty();
        assertThat(ClusterEventCodec.decode("x|" + InstrumentChanged.class.getName() + "|not-a-number", loader))
                .isEmpty();
        assertThat(ClusterEventCodec.decode("x|" + InstrumentChanged.class.getName() + "|1|2", loader))
                .isEmpty();
        assertThat(ClusterEventCodec.decode("stray", loader)).isEmpty();
    }
}
