package app.vocero.ui.common;

import app.vocero.service.Progress;

/** Work that must not run on the FX thread: an import, a submission, a refresh. */
@FunctionalInterface
public interface BackgroundWork<T> {

    T call(Progress progress) throws Exception;
}
