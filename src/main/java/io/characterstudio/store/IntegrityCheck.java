package io.characterstudio.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a SQLite database file is sound ({@code PRAGMA quick_check}, which reads every page and
 * checks its structure; SQLite keeps no checksums, so garbage inside a text value goes unseen),
 * and moving a damaged one aside, never deleting it. An empty file counts as damaged.
 */
final class IntegrityCheck {

    private static final DateTimeFormatter ASIDE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private IntegrityCheck() {}

    /**
     * What is wrong with the database {@code db}, or empty if it is sound or does not exist. A
     * file that is not a database at all, or cannot be opened, is damaged too.
     */
    static Optional<String> problem(Path db) {
        if (!Files.exists(db)) {
            return Optional.empty();
        }
        if (emptyWithoutLog(db)) {
            // SQLite would take it for a new database; the workspace writes its schema at once, so
            // an empty file is one that lost everything (truncated), not a new workspace.
            return Optional.of("the file is empty");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            List<String> rows = new ArrayList<>();
            while (rs.next() && rows.size() < 3) {
                rows.add(rs.getString(1));
            }
            return rows.equals(List.of("ok")) ? Optional.empty() : Optional.of(String.join("; ", rows));
        } catch (SQLException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static boolean emptyWithoutLog(Path db) {
        try {
            Path wal = companion(db, "-wal");
            return Files.size(db) == 0 && (!Files.exists(wal) || Files.size(wal) == 0);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Moves {@code db} and its {@code -wal} and {@code -shm} files to
     * {@code <name>.damaged-yyyyMMdd-HHmm} (a number added if that exists); the new path of {@code db}.
     */
    static Path moveAside(Path db, Instant at, ZoneId zone) throws IOException {
        String base = db.getFileName() + ".damaged-" + ASIDE.format(at.atZone(zone));
        Path aside = db.resolveSibling(base);
        for (int n = 2; n < 1000 && (Files.exists(aside) || Files.exists(companion(aside, "-wal"))); n++) {
            aside = db.resolveSibling(base + "-" + n);
        }
        for (String suffix : List.of("-wal", "-shm")) {
            Path from = companion(db, suffix);
            if (Files.exists(from)) {
                Files.move(from, companion(aside, suffix), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        Files.move(db, aside, StandardCopyOption.ATOMIC_MOVE);
        return aside;
    }

    static Path companion(Path db, String suffix) {
        return db.resolveSibling(db.getFileName() + suffix);
    }
}
