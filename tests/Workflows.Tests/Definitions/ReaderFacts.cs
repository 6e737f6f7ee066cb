using System.Text;
using System.Text.Json.Nodes;
using Supervision.Workflows.Definitions;

namespace Supervision.Workflows.Tests.Definitions;

public class ReaderFacts
{
    private const string NestedShape = """
        {
          "id": "v1", "definitionId": "approval", "name": "Approval", "version": 3, "isLatest": true, "isPublished": false,
          "createdAt": "2026-01-05T00:00:00Z", "toolVersion": "3.2.0",
          "variables": [{"id": "v-count", "name": "Count", "typeName": "Int32", "isArray": false, "value": "0", "storageDriverTypeName": "Elsa.Workflows.WorkflowStorageDriver, Elsa.Workflows.Core"}],
          "inputs": [], "outputs": [], "outcomes": [],
          "customProperties": {"owner": {"unit": "BTGDV"}},
          "root": {
            "type": "Elsa.Flowchart", "version": 1, "id": "fc", "nodeId": "fc", "name": "Flowchart1",
            "customProperties": {"source": "designer"}, "metadata": {"zoom": 1.5},
            "variables": [],
            "activities": [
              {"id": "a1b2c3d4e5f60001", "nodeId": "fc:a1b2c3d4e5f60001", "name": "Start1", "type": "Elsa.Start", "version": 1,
               "customProperties": {"canStartWorkflow": false, "runAsynchronously": false, "colour": "blue"},
               "metadata": {"designer": {"position": {"x": 10, "y": 20}, "size": {"width": 100, "height": 50}}}},
              {"id": "a1b2c3d4e5f60002", "nodeId": "fc:a1b2c3d4e5f60002", "name": "WriteLine1", "type": "Elsa.WriteLine", "version": 1,
               "text": {"typeName": "String", "expression": {"type": "Literal", "value": "Hello"}},
               "customProperties": {}, "metadata": {}}
            ],
            "connections": [
              {"source": {"activity": "a1b2c3d4e5f60001", "port": "Done"}, "target": {"activity": "a1b2c3d4e5f60002", "port": "In"}, "vertices": [{"x": 1, "y": 2}]}
            ]
          }
        }
        """;

    [Theory]
    [InlineData("annual-cycle.json", "annual-cycle")]
    [InlineData("Kế hoạch năm 2026.json", "Ke-hoach-nam-2026")]
    [InlineData("zips/Đôn đốc (bản 2).json", "Don-doc-ban-2")]
    [InlineData("v1.2_draft.json", "v1.2_draft")]
    [InlineData("---.json", null)]
    [InlineData(null, null)]
    public void IdFromFileName_KeepsWhatAnIdMayHold(string? fileName, string? expected) =>
        WorkflowDefinitionReader.IdFromFileName(fileName).ShouldBe(expected);

    [Fact]
    public void ADefinitionWithoutAnId_IsNamedAfterItsFile_ElseGivenANewOne()
    {
        const string json = """{"root": {"type": "Elsa.Flowchart", "id": "f"}}""";

        var fromFile = WorkflowDefinitionReader.Read(json, fileName: "Báo cáo quý.json").Definition;
        var again = WorkflowDefinitionReader.Read(json, fileName: "Báo cáo quý.json").Definition;
        var anonymous = WorkflowDefinitionReader.Read(json).Definition;
        var own = WorkflowDefinitionReader.Read("""{"definitionId": "own", "root": {"type": "Elsa.Flowchart", "id": "f"}}""", fileName: "other.json").Definition;

        fromFile.DefinitionId.ShouldBe("Bao-cao-quy");
        fromFile.Id.ShouldBe("Bao-cao-quy:v1");
        again.DefinitionId.ShouldBe(fromFile.DefinitionId);
        anonymous.DefinitionId.Length.ShouldBe(32);
        own.DefinitionId.ShouldBe("own");
    }

    [Fact]
    public void Read_ParsesTheNestedConnectionShape()
    {
        var definition = WorkflowDefinitionReader.Read(NestedShape).Definition;

        definition.DefinitionId.ShouldBe("approval");
        definition.Version.ShouldBe(3);
        definition.Root.Activities!.Count.ShouldBe(2);
        var connection = definition.Root.Connections!.ShouldHaveSingleItem();
        connection.Source.ShouldBe("a1b2c3d4e5f60001");
        connection.SourcePort.ShouldBe("Done");
        connection.Target.ShouldBe("a1b2c3d4e5f60002");
        connection.Vertices!.Count.ShouldBe(1);
    }

    [Fact]
    public void Read_AcceptsTheOlderFlatConnectionShape_AndTopLevelCanStartWorkflow()
    {
        var json = """
            {"id": "x", "definitionId": "x", "version": 1, "root": {"type": "Elsa.Flowchart", "id": "fc", "start": "b",
              "activities": [{"id": "a", "type": "Elsa.Event", "canStartWorkflow": true, "eventName": "go"}, {"id": "b", "type": "Elsa.WriteLine"}],
              "connections": [{"source": "a", "target": "b", "sourcePort": "Done", "targetPort": "In"}]}}
            """;

        var definition = WorkflowDefinitionReader.Read(json).Definition;

        var connection = definition.Root.Connections!.ShouldHaveSingleItem();
        (connection.Source, connection.SourcePort, connection.Target, connection.TargetPort).ShouldBe(("a", "Done", "b", "In"));
        definition.Root.Activities![0].CanStartWorkflow.ShouldBeTrue();
        definition.Root.Start.ShouldBe("b");
    }

    [Fact]
    public void ReadThenWrite_ChangesNothingButKeyOrderAndTheSchemaLine()
    {
        var written = WorkflowDefinitionWriter.Write(WorkflowDefinitionReader.Read(NestedShape).Definition);

        var output = JsonNode.Parse(written)!.AsObject();
        output.First().Key.ShouldBe("$schema");
        output.Remove("$schema");
        JsonComparer.Normalize(output).ShouldBe(JsonComparer.Normalize(JsonNode.Parse(NestedShape)));
    }

    [Fact]
    public void Read_SetsAsideConnectionsToMissingActivities_WithAWarning()
    {
        var json = """
            {"id": "x", "definitionId": "x", "version": 1, "root": {"type": "Elsa.Flowchart", "id": "fc",
              "activities": [{"id": "a", "type": "Elsa.Start"}],
              "connections": [{"source": {"activity": "a", "port": "Done"}, "target": {"activity": "ghost", "port": "In"}}]}}
            """;

        var result = WorkflowDefinitionReader.Read(json);

        result.Definition.Root.Connections.ShouldBeEmpty();
        result.Warnings.ShouldHaveSingleItem().ShouldContain("ghost");
        var notFound = result.Definition.Root.CustomProperties["notFoundConnections"]!.AsArray();
        notFound.ShouldHaveSingleItem()!["target"]!["activity"]!.GetValue<string>().ShouldBe("ghost");
        WorkflowDefinitionWriter.Write(result.Definition).ShouldContain("notFoundConnections");
    }

    [Fact]
    public void Read_SkipsAUtf8ByteOrderMark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(NestedShape)).ToArray();

        WorkflowDefinitionReader.Read(bytes).Definition.Name.ShouldBe("Approval");
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[1, 2]", "must be a JSON object")]
    [InlineData("""{"root": 5}""", "$.root: must be an object")]
    [InlineData("""{"root": {"type": "Elsa.Flowchart", "id": "f", "activities": [{"id": "a"}]}}""", "$.root.activities[0].type")]
    [InlineData("""{"version": "three"}""", "$.version: must be an integer")]
    [InlineData("""{}""", "$.root: a workflow definition needs a root activity")]
    [InlineData("""{"comment": "not a definition"}""", "$.root: a workflow definition needs a root activity")]
    [InlineData("""{"definitionId": "x", "root": null}""", "$.root: a workflow definition needs a root activity")]
    [InlineData("""{"definitionId": 123, "root": {"type": "Elsa.Flowchart", "id": "f"}}""", "$.definitionId: must be a string")]
    [InlineData("""{"definitionId": "x", "root": {"type": "Elsa.Flowchart", "id": 7}}""", "$.root.id: must be a string")]
    public void Read_RejectsGarbage_WithAOneLineMessage(string json, string expected)
    {
        var error = Should.Throw<DefinitionFormatException>(() => WorkflowDefinitionReader.Read(json));

        error.Message.ShouldContain(expected);
        error.Message.ShouldNotContain("\n");
    }

    [Fact]
    public void Read_RejectsDeepNesting_WithoutOverflowingTheStack()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);

        var error = Should.Throw<DefinitionFormatException>(() => WorkflowDefinitionReader.Read(deep));

        error.Message.ShouldContain("depth");
    }

    [Fact]
    public void Read_RejectsOversizedInput_BeforeParsing()
    {
        var huge = new byte[WorkflowDefinitionReader.DefaultMaxBytes + 1];

        Should.Throw<DefinitionFormatException>(() => WorkflowDefinitionReader.Read(huge)).Message.ShouldContain("limit");
    }

    [Theory]
    [InlineData("String", typeof(string))]
    [InlineData("Int32", typeof(int))]
    [InlineData("DateTimeOffset", typeof(DateTimeOffset))]
    [InlineData("System.Int64, System.Private.CoreLib", typeof(long))]
    [InlineData("System.Boolean, mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089", typeof(bool))]
    [InlineData("System.Text.Json.Nodes.JsonObject, System.Text.Json", typeof(JsonNode))]
    [InlineData("Acme.Custom, Acme", typeof(object))]
    public void TypeNames_ResolveAliasesAndAssemblyQualifiedNames(string name, Type expected)
    {
        TypeNames.Resolve(name).ShouldBe(expected);
    }
}

/// <summary>Normalizes JSON for comparison: sorted keys, and a missing key equal to null.</summary>
internal static class JsonComparer
{
    public static string Normalize(JsonNode? node) => node switch
    {
        JsonObject obj => "{" + string.Join(",", obj.Where(p => p.Value is not null).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"\"{p.Key}\":{Normalize(p.Value)}")) + "}",
        JsonArray array => "[" + string.Join(",", array.Select(Normalize)) + "]",
        null => "null",
        _ => node.ToJsonString(),
    };
}
