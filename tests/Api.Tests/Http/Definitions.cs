using System.Text.Json.Nodes;

namespace Supervision.Api.Tests.Http;

/// <summary>Small Elsa 3 definitions for the HTTP tests.</summary>
internal static class Definitions
{
    public static JsonObject Literal(string value) => new() { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };

    public static JsonObject Script(string value) => new() { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "JavaScript", ["value"] = value } };

    public static JsonObject Object(string json) => new() { ["typeName"] = "Object", ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = json } };

    public static JsonObject Activity(string id, string type, params (string Name, JsonNode? Value)[] inputs)
    {
        var activity = new JsonObject { ["id"] = id, ["type"] = type, ["name"] = id };
        foreach (var (name, value) in inputs)
            activity[name] = value;
        return activity;
    }

    /// <summary>A flowchart running the activities one after another.</summary>
    public static JsonObject Sequence(string definitionId, string name, params JsonObject[] activities)
    {
        var connections = new JsonArray();
        for (var i = 1; i < activities.Length; i++)
        {
            connections.Add(new JsonObject
            {
                ["source"] = new JsonObject { ["activity"] = activities[i - 1]["id"]!.GetValue<string>(), ["port"] = "Done" },
                ["target"] = new JsonObject { ["activity"] = activities[i]["id"]!.GetValue<string>(), ["port"] = "In" },
            });
        }
        return new JsonObject
        {
            ["definitionId"] = definitionId,
            ["name"] = name,
            ["description"] = "Định nghĩa dùng cho kiểm thử",
            ["root"] = new JsonObject
            {
                ["type"] = "Elsa.Flowchart",
                ["id"] = "flow",
                ["activities"] = new JsonArray(activities.Select(a => (JsonNode)a).ToArray()),
                ["connections"] = connections,
            },
        };
    }

    /// <summary>Start → WriteLine → End: valid and finishes at once.</summary>
    public static JsonObject Hello(string definitionId, string name = "Xin chào") => Sequence(definitionId, name,
        Activity("start", "Elsa.Start"),
        Activity("say", "Elsa.WriteLine", ("text", Literal("xin chào"))),
        Activity("end", "Elsa.End"));

    /// <summary>Start → wait for an event → WriteLine.</summary>
    public static JsonObject WaitForEvent(string definitionId, string eventName) => Sequence(definitionId, "Chờ sự kiện",
        Activity("start", "Elsa.Start"),
        Activity("wait", "Elsa.Event", ("eventName", Literal(eventName))),
        Activity("done", "Elsa.WriteLine", ("text", Literal("đã nhận"))));

    /// <summary>Start → a user task for a unit with a literal deadline rule.</summary>
    public static JsonObject OneTask(string definitionId, string deadline = "WorkingDays:10", string unitId = "DU-SYT") => Sequence(definitionId, "Một công việc",
        Activity("start", "Elsa.Start"),
        Activity("report", "Supervision.UserTask",
            ("title", Literal("Gửi báo cáo")),
            ("assignee", Object($$"""{"role": "FocalPoint", "unitId": "{{unitId}}"}""")),
            ("deadline", Literal(deadline))));

    /// <summary>Has an activity of an unknown type: saves as a draft, cannot be published.</summary>
    public static JsonObject Invalid(string definitionId) => Sequence(definitionId, "Không hợp lệ",
        Activity("start", "Elsa.Start"),
        Activity("ghost", "Acme.DoesNotExist"),
        Activity("wait", "Elsa.Event"));
}
