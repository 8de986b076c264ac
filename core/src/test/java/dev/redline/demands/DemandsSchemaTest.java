package dev.redline.demands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.redline.fixtures.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documented schema accepts the files Redline reads and rejects what it refuses. */
class DemandsSchemaTest {
  private static final Path DOCS = Path.of("..", "docs");

  private static List<Error> validate(Path yaml) throws Exception {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(Files.readString(DOCS.resolve("demands.schema.json")));
    JsonNode node = new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile());
    return schema.validate(node);
  }

  @Test
  void theFixtureAndTheAnnotatedExampleAreValidAndReadable() throws Exception {
    for (Path file : new Path[] {Fixtures.root().resolve("demands/cybercrime-letters.yaml"), DOCS.resolve("demands-example.yaml")}) {
      assertEquals(List.of(), validate(file), file.toString());
      assertFalse(DemandsFile.read(file).demands().isEmpty());
    }
  }

  @Test
  void anUnknownCheckIsInvalidForTheSchemaToo() throws Exception {
    Path bad = Files.createTempFile("demands", ".yaml");
    Files.writeString(bad, "redline-demands: 1\ndemands:\n  - id: X\n    title: t\n    topic: [x]\n    check: {mentions: x}\n");
    assertFalse(validate(bad).isEmpty());
    Files.delete(bad);
  }
}
