using System.Text.Json.Nodes;
using Supervision.Workflows.Activities;

namespace Supervision.Workflows.Tests.Definitions;

public class RegistryFacts
{
    private readonly ActivityRegistry _registry = ActivityRegistry.CreateDefault();

    [Fact]
    public void CreateDefault_RegistersEveryBuiltInElsaActivity()
    {
        string[] expected = ["Elsa.Start", "Elsa.End", "Elsa.Finish", "Elsa.WriteLine", "Elsa.SetVariable", "Elsa.FlowDecision", "Elsa.FlowSwitch",
            "Elsa.FlowFork", "Elsa.FlowJoin", "Elsa.Delay", "Elsa.StartAt", "Elsa.Timer", "Elsa.Cron", "Elsa.Event", "Elsa.RunTask"];

        _registry.Descriptors.Select(d => d.TypeName).Where(t => t.StartsWith("Elsa.", StringComparison.Ordinal)).ShouldBe(expected, ignoreOrder: true);
    }

    [Fact]
    public void Descriptor_SerialisesTypeInputsOutcomesAndBothLanguages()
    {
        var json = ActivityDescriptorJson.ToJson(_registry.Get("Elsa.FlowDecision").Descriptor).AsObject();

        json["typeName"]!.GetValue<string>().ShouldBe("Elsa.FlowDecision");
        json["displayName"]!["vi"]!.GetValue<string>().ShouldBe("Rẽ nhánh theo điều kiện");
        json["displayName"]!["en"]!.GetValue<string>().ShouldBe("Decision");
        json["outcomes"]!.AsArray().Select(o => o!.GetValue<string>()).ShouldBe(["True", "False"]);
        json["kind"]!.GetValue<string>().ShouldBe("Flow");
        var input = json["inputs"]!.AsArray().Single()!;
        input["name"]!.GetValue<string>().ShouldBe("condition");
        input["typeName"]!.GetValue<string>().ShouldBe("Boolean");
        input["defaultValue"]!.GetValue<bool>().ShouldBeFalse();
        input.AsObject().ContainsKey("valueType").ShouldBeFalse();
    }

    [Fact]
    public void Descriptor_MarksTriggersAndBlockingActivities()
    {
        var cron = _registry.Get("Elsa.Cron").Descriptor;
        var delay = _registry.Get("Elsa.Delay").Descriptor;
        var write = _registry.Get("Elsa.WriteLine").Descriptor;

        (cron.CanStartWorkflow, cron.IsBlocking).ShouldBe((true, true));
        (delay.CanStartWorkflow, delay.IsBlocking).ShouldBe((false, true));
        (write.CanStartWorkflow, write.IsBlocking).ShouldBe((false, false));
        cron.Inputs.Single().IsRequired.ShouldBeTrue();
    }

    [Fact]
    public void RunTask_DeclaresItsResultOutput()
    {
        var runTask = _registry.Get("Elsa.RunTask").Descriptor;

        runTask.Outputs.ShouldHaveSingleItem().Name.ShouldBe("result");
        runTask.Inputs.Select(i => i.Name).ShouldBe(["taskName", "payload"]);
    }

    [Fact]
    public void Register_RefusesAClassWithoutTheAttribute()
    {
        Should.Throw<ArgumentException>(() => new ActivityRegistry().Register(typeof(Undecorated)));
    }

    private sealed class Undecorated : WorkflowActivity;
}
