package app.vocero.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** A tab's content joins its tab pane when the tab is first selected, and stays; the selected tab keeps its own. */
@ExtendWith(ApplicationExtension.class)
class ContentWhenSelectedTest {

    @Test
    void aTabNotSelectedGetsItsContentWhenFirstSelected() {
        Region calls = new Region();
        Region requests = new Region();
        Region message = new Region();
        Tab first = new Tab("calls", calls);
        Tab second = new Tab("requests", requests);
        Tab third = new Tab("message", message);
        TabPane tabs = new TabPane(first, second, third);

        ContentWhenSelected.keep(tabs);
        assertThat(first.getContent()).isSameAs(calls);
        assertThat(second.getContent()).isNull();
        assertThat(third.getContent()).isNull();

        tabs.getSelectionModel().select(second);
        assertThat(second.getContent()).isSameAs(requests);
        assertThat(third.getContent()).isNull();

        tabs.getSelectionModel().select(first);
        assertThat(second.getContent()).as("once shown, it stays").isSameAs(requests);
        tabs.getSelectionModel().select(third);
        assertThat(third.getContent()).isSameAs(message);
        assertThat(first.getContent()).isSameAs(calls);
    }
}
