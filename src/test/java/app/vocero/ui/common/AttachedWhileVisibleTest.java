package app.vocero.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;

/** A node that starts hidden stays out of its pane (so out of styling) until it is shown, then takes its place back. */
class AttachedWhileVisibleTest {

    @Test
    void aHiddenNodeLeavesItsPaneAndComesBackInItsPlace() {
        Region empty = new Region();
        Region content = new Region();
        Region above = new Region();
        StackPane pane = new StackPane(empty, content, above);
        content.setVisible(false);

        AttachedWhileVisible.keep(content);
        assertThat(pane.getChildren()).containsExactly(empty, above);

        content.setVisible(true);
        assertThat(pane.getChildren()).containsExactly(empty, content, above);

        content.setVisible(false);
        assertThat(pane.getChildren()).containsExactly(empty, above);
        assertThat(content.getParent()).isNull();
    }

    @Test
    void aVisibleNodeStaysWhereItIs() {
        Region content = new Region();
        StackPane pane = new StackPane(new Region(), content);

        AttachedWhileVisible.keep(content);

        assertThat(pane.getChildren()).hasSize(2).last().isSameAs(content);
    }

    @Test
    void onlyANodeInAPaneCanBeKept() {
        Region orphan = new Region();
        assertThatThrownBy(() -> AttachedWhileVisible.keep(orphan)).isInstanceOf(IllegalArgumentException.class);
        Region inGroup = new Region();
        new Group(inGroup);
        assertThatThrownBy(() -> AttachedWhileVisible.keep(inGroup)).isInstanceOf(IllegalArgumentException.class);
    }
}
