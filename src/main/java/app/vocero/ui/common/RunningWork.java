package app.vocero.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** Work handed to a {@link TaskRunner}: what a screen binds its progress bar, message and Cancel button to. */
public interface RunningWork {

    /** 0..1, or -1 while the total is unknown. */
    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyStringProperty messageProperty();

    ReadOnlyBooleanProperty runningProperty();

    boolean cancel();
}
