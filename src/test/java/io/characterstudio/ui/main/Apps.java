package io.characterstudio.ui.main;

import io.characterstudio.model.ConnectionInfo;
import io.characterstudio.service.CharacterService;
import io.characterstudio.service.DraftJournal;
import io.characterstudio.testsupport.SandboxWorld;
import io.characterstudio.ui.FakeDialogs;
import io.characterstudio.ui.common.ClipboardService;
import io.characterstudio.ui.common.Debouncer;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The main view-model over a test world, built as the app builds it ({@link MainAssembly} over
 * {@link MainInputs}), everything on the calling thread unless a test says otherwise.
 */
public final class Apps {

    private final SandboxWorld world;
    private final MainDialogs dialogs;
    private Function<ConnectionInfo, CharacterService> services;
    private DraftJournal drafts;
    private ClipboardService clipboard = text -> {};
    private Executor bulk = Runnable::run;
    private Debouncer.Scheduler browseTimer;
    private Clock clock = Clock.systemUTC();
    private Executor connecting = Runnable::run;

    private Apps(SandboxWorld world, MainDialogs dialogs) {
        this.world = world;
        this.dialogs = dialogs;
        this.services = world::serviceFor;
        this.drafts = world.drafts;
        this.browseTimer = Debouncer.timer(Runnable::run);
    }

    /** A builder over {@code world} with the dialogs of {@code dialogs}; {@link #build()} makes the view-model. */
    public static Apps over(SandboxWorld world, FakeDialogs dialogs) {
        return new Apps(world, dialogs.all());
    }

    /** The main view-model over {@code world}, started. */
    public static MainViewModel started(SandboxWorld world, FakeDialogs dialogs) {
        return over(world, dialogs).started();
    }

    public Apps services(Function<ConnectionInfo, CharacterService> value) {
        this.services = value;
        return this;
    }

    public Apps drafts(DraftJournal value) {
        this.drafts = value;
        return this;
    }

    public Apps clipboard(ClipboardService value) {
        this.clipboard = value;
        return this;
    }

    public Apps bulk(Executor value) {
        this.bulk = value;
        return this;
    }

    public Apps connecting(Executor value) {
        this.connecting = value;
        return this;
    }

    public Apps browseTimer(Debouncer.Scheduler value) {
        this.browseTimer = value;
        return this;
    }

    public Apps clock(Clock value) {
        this.clock = value;
        return this;
    }

    public MainViewModel build() {
        return MainAssembly.build(new MainInputs(
                world.connections,
                services,
                drafts,
                world.trash,
                world.transfer,
                world.settings,
                dialogs,
                clipboard,
                Runnable::run,
                bulk,
                Runnable::run,
                browseTimer,
                clock,
                connecting));
    }

    public MainViewModel started() {
        MainViewModel vm = build();
        vm.start().join();
        return vm;
    }
}
