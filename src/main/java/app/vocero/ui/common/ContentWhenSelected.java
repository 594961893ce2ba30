package app.vocero.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Puts the content of a tab that is not selected into its tab pane only when that tab is first selected. A tab pane
 * keeps every tab's content in the scene, hidden: JavaFX styles and lays it out all the same, which for tables is a
 * good part of a window's first show. The content keeps its controller, bindings and state meanwhile; once shown it
 * stays. Only for a tab pane whose size does not follow its hidden tabs (e.g. one that fills its place).
 */
public final class ContentWhenSelected {

    private ContentWhenSelected() {
    }

    /** From now on, each tab of {@code tabs} that is not selected gets its content when it is first selected. */
    public static void keep(TabPane tabs) {
        for (Tab tab : tabs.getTabs()) {
            Node content = tab.getContent();
            if (tab.isSelected() || content == null) {
                continue;
            }
            tab.setContent(null);
            tab.selectedProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> observable, Boolean before,
                                    Boolean selected) {
                    if (selected) {
                        tab.selectedProperty().removeListener(this);
                        tab.setContent(content);
                    }
                }
            });
        }
    }
}
