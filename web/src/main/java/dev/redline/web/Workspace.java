package dev.redline.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The folder where the web app keeps its projects: {@code redline.db}, an SQLite database of the
 * projects, their drafts in order and their demands files, and beside it {@code projects/N/}, the
 * files themselves under names the workspace makes up. A file's path is never taken from a request
 * or an upload: only the extension of an uploaded name is kept, from a fixed list.
 *
 * <p>Thread-safe: every method holds the workspace's lock while it uses the database.
 */
public final class Workspace implements AutoCloseable {
  /** The database's file name inside the workspace. */
  public static final String DATABASE = "redline.db";

  private static final Pattern EXTENSION = Pattern.compile("\\.([a-z]{1,8})$");
  private static final List<String> KEPT_EXTENSIONS = List.of("txt", "md", "markdown", "docx", "pdf", "doc", "odt", "rtf", "yaml", "yml", "json");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path folder;
  private final Connection db;

  /** A draft of a project: the name it was uploaded under, its stored file and the revision read from it. */
  public record StoredDraft(String name, String file, String revision) {}

  /** A demands file of a project: the name it was uploaded under and its stored file. */
  public record StoredDemands(String name, String file) {}

  /**
   * One negotiation: its drafts, oldest first, and its demands file if it has one.
   *
   * @param id the project's number in the workspace
   * @param name the name the user gave it (or the first draft's title)
   * @param drafts its drafts, oldest first
   * @param demands its demands file, if any
   */
  public record Project(long id, String name, List<StoredDraft> drafts, Optional<StoredDemands> demands) {
    /** Copies the list. */
    public Project {
      drafts = List.copyOf(drafts);
    }
  }

  private Workspace(Path folder, Connection db) {
    this.folder = folder;
    this.db = db;
  }

  /**
   * The default folder: {@code $XDG_DATA_HOME/redline}, or {@code ~/.local/share/redline}.
   *
   * @param env the environment variables
   */
  public static Path defaultFolder(Map<String, String> env) {
    String xdg = env.get("XDG_DATA_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "redline");
    }
    return Path.of(System.getProperty("user.home"), ".local", "share", "redline");
  }

  /**
   * Opens the workspace in this folder, making the folder and the database if they are not there.
   *
   * @throws IOException if the folder or the database cannot be made or opened; the message names it
   */
  public static Workspace open(Path folder) throws IOException {
    Path absolute = folder.toAbsolutePath().normalize();
    Files.createDirectories(absolute.resolve("projects"));
    Files.createDirectories(absolute.resolve("incoming"));
    try {
      Connection db = DriverManager.getConnection("jdbc:sqlite:" + absolute.resolve(DATABASE));
      try (Statement s = db.createStatement()) {
        s.execute("PRAGMA foreign_keys = ON");
        s.execute("CREATE TABLE IF NOT EXISTS project (id INTEGER PRIMARY KEY, name TEXT NOT NULL, created TEXT NOT NULL,"
            + " demands_name TEXT, demands_file TEXT)");
        s.execute("CREATE TABLE IF NOT EXISTS draft (id INTEGER PRIMARY KEY, project INTEGER NOT NULL REFERENCES project(id),"
            + " position INTEGER NOT NULL, name TEXT NOT NULL, file TEXT NOT NULL, revision TEXT NOT NULL, added TEXT NOT NULL)");
      }
      return new Workspace(absolute, db);
    } catch (SQLException e) {
      throw new IOException(absolute.resolve(DATABASE) + ": cannot open the workspace database: " + e.getMessage(), e);
    }
  }

  /** The workspace's folder, absolute. */
  public Path folder() {
    return folder;
  }

  /** Every project, newest first. */
  public synchronized List<Project> projects() throws IOException {
    List<Long> ids = new ArrayList<>();
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM project ORDER BY id DESC")) {
      while (r.next()) {
        ids.add(r.getLong(1));
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    List<Project> projects = new ArrayList<>();
    for (long id : ids) {
      project(id).ifPresent(projects::add);
    }
    return projects;
  }

  /** The project with this number, if there is one. */
  public synchronized Optional<Project> project(long id) throws IOException {
    try (PreparedStatement p = db.prepareStatement("SELECT name, demands_name, demands_file FROM project WHERE id = ?")) {
      p.setLong(1, id);
      String name;
      Optional<StoredDemands> demands;
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        name = r.getString(1);
        demands = r.getString(3) == null ? Optional.empty() : Optional.of(new StoredDemands(r.getString(2), r.getString(3)));
      }
      List<StoredDraft> drafts = new ArrayList<>();
      try (PreparedStatement d = db.prepareStatement("SELECT name, file, revision FROM draft WHERE project = ? ORDER BY position")) {
        d.setLong(1, id);
        try (ResultSet r = d.executeQuery()) {
          while (r.next()) {
            drafts.add(new StoredDraft(r.getString(1), r.getString(2), r.getString(3)));
          }
        }
      }
      return Optional.of(new Project(id, name, drafts, demands));
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /**
   * A new file in the incoming folder, for an upload, named by the workspace: random letters and
   * the extension of the uploaded name if it is one Redline knows (so that the right reader, or the
   * right refusal, is picked), none otherwise.
   */
  public Path incoming(String uploadedName) throws IOException {
    String name = HexFormat.of().formatHex(randomBytes()) + extension(uploadedName);
    return Files.createFile(folder.resolve("incoming").resolve(name));
  }

  /** The extension kept from an uploaded name, with its dot, or empty. */
  static String extension(String uploadedName) {
    Matcher m = EXTENSION.matcher(uploadedName.toLowerCase(Locale.ROOT));
    return m.find() && KEPT_EXTENSIONS.contains(m.group(1)) ? "." + m.group(1) : "";
  }

  /** The stored file of a project, always inside the workspace. */
  public Path file(long project, String file) {
    Path path = folder.resolve("projects").resolve(Long.toString(project)).resolve(file).normalize();
    if (!path.startsWith(folder.resolve("projects")) || !path.getFileName().toString().equals(file)) {
      throw new IllegalArgumentException("not a stored file: " + file);
    }
    return path;
  }

  /** An upload that was read: the name it was uploaded under, where it waits, and the revision read from it. */
  public record Accepted(String name, Path incoming, String revision) {}

  /**
   * Records the drafts (after the project's drafts, or before them when {@code earlier}) and the
   * demands file (replacing the project's) and moves their files from the incoming folder into the
   * project's; makes the project first when {@code project} is empty.
   *
   * @return the project as it now is
   */
  public synchronized Project add(Optional<Long> project, String name, List<Accepted> drafts, boolean earlier, Optional<Accepted> demands)
      throws IOException {
    try {
      db.setAutoCommit(false);
      try {
        long id;
        if (project.isPresent()) {
          id = project.get();
        } else {
          try (PreparedStatement p = db.prepareStatement("INSERT INTO project (name, created) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, name);
            p.setString(2, Instant.now().toString());
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
              keys.next();
              id = keys.getLong(1);
            }
          }
        }
        Path target = folder.resolve("projects").resolve(Long.toString(id));
        Files.createDirectories(target);
        int position;
        if (earlier) {
          try (PreparedStatement p = db.prepareStatement("UPDATE draft SET position = position + ? WHERE project = ?")) {
            p.setInt(1, drafts.size());
            p.setLong(2, id);
            p.executeUpdate();
          }
          position = 0;
        } else {
          try (PreparedStatement p = db.prepareStatement("SELECT COALESCE(MAX(position), 0) FROM draft WHERE project = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
              r.next();
              position = r.getInt(1);
            }
          }
        }
        for (Accepted draft : drafts) {
          try (PreparedStatement p = db.prepareStatement(
              "INSERT INTO draft (project, position, name, file, revision, added) VALUES (?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, id);
            p.setInt(2, ++position);
            p.setString(3, draft.name());
            p.setString(4, draft.incoming().getFileName().toString());
            p.setString(5, draft.revision());
            p.setString(6, Instant.now().toString());
            p.executeUpdate();
          }
        }
        if (demands.isPresent()) {
          try (PreparedStatement p = db.prepareStatement("UPDATE project SET demands_name = ?, demands_file = ? WHERE id = ?")) {
            p.setString(1, demands.get().name());
            p.setString(2, demands.get().incoming().getFileName().toString());
            p.setLong(3, id);
            p.executeUpdate();
          }
        }
        List<Accepted> files = new ArrayList<>(drafts);
        demands.ifPresent(files::add);
        for (Accepted file : files) {
          Files.move(file.incoming(), target.resolve(file.incoming().getFileName()), StandardCopyOption.ATOMIC_MOVE);
        }
        db.commit();
        return project(id).orElseThrow();
      } catch (SQLException | IOException | RuntimeException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private IOException failure(SQLException e) {
    return new IOException(folder.resolve(DATABASE) + ": " + e.getMessage(), e);
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[12];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  /** Closes the database. */
  @Override
  public synchronized void close() throws IOException {
    try {
      db.close();
    } catch (SQLException e) {
      throw failure(e);
    }
  }
}
