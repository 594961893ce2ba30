package app.vocero.contacts;

/** Told how many data rows are done, every few thousand rows and at the end; called from the importing thread. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = rowsDone -> { };

    void rowsDone(long rowsDone);
}
