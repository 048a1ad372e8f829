package dev.loveless.model.io;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.loveless.model.ChoiceState;
import dev.loveless.model.MapState;
import dev.loveless.model.StateMachine;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import dev.loveless.model.TaskState;
import dev.loveless.model.UnknownState;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the reader and writer keep: unknown fields, ill-typed fields, placeholders, order, numbers. */
class LosslessTest {

    private final AslReader reader = new AslReader();
    private final AslWriter writer = new AslWriter();

    private static final String UNKNOWN_EVERYWHERE = """
            {
              "Comment": "unknown fields at every level",
              "x-top": {
                "nested": [
                  1,
                  2.50
                ]
              },
              "StartAt": "Fan out",
              "States": {
                "Fan out": {
                  "Type": "Parallel",
                  "x-state": true,
                  "Branches": [
                    {
                      "x-branch": "b",
                      "StartAt": "Items",
                      "States": {
                        "Items": {
                          "Type": "Map",
                          "ItemReader": {
                            "Resource": "arn:aws:states:::s3:getObject",
                            "x-reader": 1,
                            "ReaderConfig": {
                              "InputType": "CSV",
                              "x-config": null
                            }
                          },
                          "ItemProcessor": {
                            "x-processor": [],
                            "ProcessorConfig": {
                              "Mode": "DISTRIBUTED",
                              "ExecutionType": "EXPRESS",
                              "x-pc": {}
                            },
                            "StartAt": "Work",
                            "States": {
                              "Work": {
                                "Type": "Task",
                                "Resource": "${WorkFunctionArn}",
                                "End": true,
                                "x-task": "t"
                              }
                            }
                          },
                          "End": true
                        }
                      }
                    }
                  ],
                  "Retry": [
                    {
                      "ErrorEquals": [
                        "States.ALL"
                      ],
                      "BackoffRate": 2.0,
                      "x-retry": 3
                    }
                  ],
                  "Catch": [
                    {
                      "ErrorEquals": [
                        "States.ALL"
                      ],
                      "x-catch": 4,
                      "Next": "Decide"
                    }
                  ],
                  "Next": "Decide"
                },
                "Decide": {
                  "Type": "Choice",
                  "Choices": [
                    {
                      "Not": {
                        "Variable": "$.a",
                        "StringEquals": "b",
                        "x-rule": 5
                      },
                      "Next": "Done"
                    }
                  ],
                  "Default": "Done"
                },
                "Done": {
                  "Type": "Succeed"
                }
              }
            }
            """;

    @Test
    void unknownFieldsAreKeptInPlaceAtEveryLevel() throws Exception {
        // given
        ParsedDefinition parsed = reader.read(UNKNOWN_EVERYWHERE, Format.JSON);
        // when
        String written = writer.write(parsed.machine(), Format.JSON);
        // then
        assertEquals(UNKNOWN_EVERYWHERE, written);
        assertTrue(parsed.machine().extras().has("x-top"));
    }

    @Test
    void fieldsOfTheWrongTypeAreKeptAndNotTyped() throws Exception {
        // given
        String text = """
                {
                  "StartAt": 7,
                  "States": {
                    "A": {
                      "Type": "Task",
                      "Resource": ["not", "a", "string"],
                      "Next": 5,
                      "End": "yes",
                      "Retry": "always",
                      "TimeoutSeconds": "soon"
                    },
                    "B": {
                      "Type": "Choice",
                      "Choices": [
                        1,
                        {"Variable": "$.x"}
                      ]
                    },
                    "C": {
                      "Type": "Teleport",
                      "Next": "A"
                    },
                    "D": "not an object",
                    "E": {
                      "Next": "A"
                    }
                  }
                }
                """;
        // when
        StateMachine machine = reader.read(text, Format.JSON).machine();
        // then
        assertNull(machine.startAt());
        assertEquals(IntNode.valueOf(7), machine.extras().get("StartAt"));
        TaskState a = (TaskState) machine.states().get("A");
        assertNull(a.resource());
        assertNull(a.next());
        assertNull(a.common().retry());
        assertTrue(a.extras().has("Resource") && a.extras().has("Next") && a.extras().has("End")
                && a.extras().has("Retry"));
        assertEquals("soon", a.timeoutSeconds().textValue());
        assertNull(((ChoiceState) machine.states().get("B")).choices());
        UnknownState c = (UnknownState) machine.states().get("C");
        assertEquals("Teleport", c.typeName());
        assertEquals("A", c.next());
        assertEquals("not an object", ((UnknownState) machine.states().get("D")).nonObject().textValue());
        assertNull(((UnknownState) machine.states().get("E")).typeName());
        assertEquals(machine, reader.read(writer.write(machine, Format.JSON), Format.JSON).machine());
    }

    @Test
    void placeholdersSurviveUntouched() throws Exception {
        // given
        String text = UNKNOWN_EVERYWHERE;
        // when
        StateMachine machine = reader.read(text, Format.JSON).machine();
        String yaml = writer.write(machine, Format.YAML);
        // then
        TaskState work = (TaskState) StateTree.resolve(machine,
                StatePath.of("Fan out").child(0, "Items").child(0, "Work"));
        assertEquals("${WorkFunctionArn}", work.resource());
        assertTrue(yaml.contains("${WorkFunctionArn}"), yaml);
        assertEquals(machine, reader.read(yaml, Format.YAML).machine());
    }

    @Test
    void changingOneFieldChangesOnlyItsLines() throws Exception {
        // given
        StateMachine machine = reader.read(UNKNOWN_EVERYWHERE, Format.JSON).machine();
        StatePath path = StatePath.of("Fan out").child(0, "Items");
        MapState items = (MapState) StateTree.resolve(machine, path);
        MapState changed = items.withCommon(items.common().withComment("now with a comment"));
        // when
        StateMachine edited = replace(machine, changed);
        String written = writer.write(edited, Format.JSON);
        // then
        List<String> before = UNKNOWN_EVERYWHERE.lines().toList();
        List<String> after = written.lines().toList();
        assertEquals(before.size() + 1, after.size());
        List<String> added = new ArrayList<>(after);
        before.forEach(added::remove);
        assertEquals(List.of("              \"Comment\": \"now with a comment\","), added);
    }

    private static StateMachine replace(StateMachine machine, MapState items) {
        var parallel = (dev.loveless.model.ParallelState) machine.states().get("Fan out");
        var branch = parallel.branches().get(0);
        var newBranch = branch.withStates(branch.states().with("Items", items));
        return machine.withStates(machine.states().with("Fan out", parallel.withBranches(List.of(newBranch))));
    }

    @Test
    void numbersKeepTheirWrittenForm() throws Exception {
        // given
        String text = """
                {
                  "StartAt": "A",
                  "States": {
                    "A": {
                      "Type": "Pass",
                      "Result": {
                        "a": 1.50,
                        "b": 1e3,
                        "c": 12345678901234567890,
                        "d": -0.0
                      },
                      "End": true
                    }
                  }
                }
                """;
        // when
        String written = writer.write(reader.read(text, Format.JSON).machine(), Format.JSON);
        // then
        assertTrue(written.contains("\"a\": 1.50"), written);
        assertTrue(written.contains("\"c\": 12345678901234567890"), written);
        assertEquals(reader.read(text, Format.JSON).machine(), reader.read(written, Format.JSON).machine());
    }

    @Test
    void unchangedDefinitionsAreSavedAsTheirOriginalText() throws Exception {
        // given: not canonical (four spaces, keys on one line)
        String text = "{ \"StartAt\": \"A\",\n    \"States\": { \"A\": { \"Type\": \"Succeed\" } } }";
        ParsedDefinition parsed = reader.read(text, Format.JSON);
        // when
        String unchanged = writer.write(parsed.machine(), Format.JSON, parsed);
        String changed = writer.write(parsed.machine().withComment("c"), Format.JSON, parsed);
        // then
        assertEquals(text, unchanged);
        assertTrue(changed.startsWith("{\n  \"Comment\": \"c\",\n  \"StartAt\": \"A\",\n  \"States\""), changed);
    }

    @Test
    void yamlInYamlOut() throws Exception {
        // given
        String yaml = """
                Comment: "A YAML definition"
                StartAt: Wait a bit
                States:
                  Wait a bit:
                    Type: Wait
                    Seconds: 10
                    Next: "Done"
                  Done:
                    Type: Succeed
                    Comment: "123"
                """;
        // when
        StateMachine machine = reader.read(yaml, Format.YAML).machine();
        String written = writer.write(machine, Format.YAML);
        // then
        assertEquals("Wait a bit", machine.startAt());
        assertEquals("123", machine.states().get("Done").comment());
        assertEquals(machine, reader.read(written, Format.YAML).machine());
        assertEquals(machine, reader.read(writer.write(machine, Format.JSON), Format.JSON).machine());
    }
}
