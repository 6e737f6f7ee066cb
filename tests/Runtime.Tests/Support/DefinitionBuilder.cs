using System.Text.Json.Nodes;

namespace Supervision.Runtime.Tests.Support;

/// <summary>Builds Elsa 3 definition JSON for tests, so every test also goes through the reader.</summary>
public sealed class DefinitionBuilder(string definitionId = "test")
{
    private readonly JsonArray _activities = [];
    private readonly JsonArray _connections = [];
    private readonly JsonArray _variables = [];
    private readonly JsonArray _inputs = [];
    private readonly JsonObject _rootProperties = [];

    public static JsonObject Js(string code, string typeName = "Object") =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "JavaScript", ["value"] = code } };

    public static JsonObject Lit(string value, string typeName = "String") =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };

    public static JsonObject Var(string variableId, string typeName = "Object") =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "Variable", ["value"] = variableId } };

    public static JsonObject Obj(string json, string typeName = "Object") =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = json } };

    public DefinitionBuilder Activity(string id, string type, JsonObject? inputs = null, JsonObject? customProperties = null, string? name = null)
    {
        var activity = new JsonObject
        {
            ["id"] = id,
            ["nodeId"] = $"Flowchart1:{id}",
            ["name"] = name ?? id,
            ["type"] = type,
            ["version"] = 1,
            ["customProperties"] = customProperties ?? new JsonObject(),
            ["metadata"] = new JsonObject(),
        };
        if (inputs is not null)
        {
            foreach (var (key, value) in inputs)
                activity[key] = value?.DeepClone();
        }
        _activities.Add(activity);
        return this;
    }

    public DefinitionBuilder WriteLine(string id, string text) => Activity(id, "Elsa.WriteLine", new JsonObject { ["text"] = Lit(text) });

    public DefinitionBuilder WriteLineJs(string id, string code) => Activity(id, "Elsa.WriteLine", new JsonObject { ["text"] = Js(code, "String") });

    public DefinitionBuilder Event(string id, string eventName) => Activity(id, "Elsa.Event", new JsonObject { ["eventName"] = Lit(eventName) });

    public DefinitionBuilder Decision(string id, string code) => Activity(id, "Elsa.FlowDecision", new JsonObject { ["condition"] = Js(code, "Boolean") });

    public DefinitionBuilder Join(string id, string mode) => Activity(id, "Elsa.FlowJoin", new JsonObject { ["mode"] = Lit(mode) });

    public DefinitionBuilder Fork(string id, params string[] branches) =>
        Activity(id, "Elsa.FlowFork", new JsonObject { ["branches"] = Obj(new JsonArray([.. branches.Select(b => (JsonNode)JsonValue.Create(b))]).ToJsonString(), "String[]") });

    public DefinitionBuilder SetVariable(string id, string variable, string code) =>
        Activity(id, "Elsa.SetVariable", new JsonObject
        {
            ["variable"] = new JsonObject { ["id"] = variable, ["name"] = variable },
            ["value"] = Js(code),
        });

    public DefinitionBuilder Connect(string from, string to, string port = "Done")
    {
        _connections.Add(new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = from, ["port"] = port },
            ["target"] = new JsonObject { ["activity"] = to, ["port"] = "In" },
        });
        return this;
    }

    /// <summary>Connects a chain: a → b → c on Done.</summary>
    public DefinitionBuilder Chain(params string[] ids)
    {
        for (var i = 0; i + 1 < ids.Length; i++)
            Connect(ids[i], ids[i + 1]);
        return this;
    }

    public DefinitionBuilder Variable(string name, string typeName, JsonNode? value = null)
    {
        _variables.Add(new JsonObject { ["id"] = name, ["name"] = name, ["typeName"] = typeName, ["value"] = value });
        return this;
    }

    public DefinitionBuilder Input(string name, string type, JsonNode? defaultValue = null)
    {
        var input = new JsonObject { ["name"] = name, ["type"] = type, ["displayName"] = name };
        if (defaultValue is not null)
            input["defaultValue"] = defaultValue;
        _inputs.Add(input);
        return this;
    }

    public DefinitionBuilder RootProperty(string key, JsonNode? value)
    {
        _rootProperties[key] = value;
        return this;
    }

    public JsonObject ToJson()
    {
        var root = new JsonObject
        {
            ["type"] = "Elsa.Flowchart",
            ["version"] = 1,
            ["id"] = "Flowchart1",
            ["nodeId"] = "Flowchart1",
            ["name"] = "Flowchart1",
            ["customProperties"] = new JsonObject(),
            ["metadata"] = new JsonObject(),
            ["activities"] = _activities.DeepClone(),
            ["connections"] = _connections.DeepClone(),
        };
        foreach (var (key, value) in _rootProperties)
            root[key] = value?.DeepClone();
        return new JsonObject
        {
            ["id"] = definitionId + "-v1",
            ["definitionId"] = definitionId,
            ["name"] = definitionId,
            ["version"] = 1,
            ["isLatest"] = true,
            ["isPublished"] = true,
            ["variables"] = _variables.DeepClone(),
            ["inputs"] = _inputs.DeepClone(),
            ["outputs"] = new JsonArray(),
            ["outcomes"] = new JsonArray(),
            ["customProperties"] = new JsonObject(),
            ["root"] = root,
        };
    }

    public string Json() => ToJson().ToJsonString();
}
