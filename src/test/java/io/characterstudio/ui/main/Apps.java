package io.characterstudio.ui.main;

import io.characterstudio.testsupport.SandboxWorld;
import io.characterstudio.ui.FakeDialogs;

/** The main view-model over a test world, as the app builds it, started. */
final class Apps {

    private Apps() {
    }

    static MainViewModel started(SandboxWorld world, FakeDialogs dialogs) {
        MainViewModel vm = new MainViewModel(world.connections, world::serviceFor, world.drafts, world.trash, world.transfer,
                world.settings, dialogs.all(), text -> { }, Runnable::run, Runnable::run);
        vm.start().join();
        return vm;
    }
}
