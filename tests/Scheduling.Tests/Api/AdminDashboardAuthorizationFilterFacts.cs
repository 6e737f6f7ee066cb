using System.Security.Claims;
using Microsoft.Extensions.Configuration;
using Supervision.Api.Scheduling;
using Supervision.Workflows.Scheduling;

namespace Supervision.Scheduling.Tests.Api;

public sealed class AdminDashboardAuthorizationFilterFacts
{
    private static ClaimsPrincipal User(bool authenticated, params string[] roles) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "someone"), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], authenticated ? "Bearer" : null));

    [Fact]
    public void IsAdmin_Admits_AnAuthenticatedAdmin() => AdminDashboardAuthorizationFilter.IsAdmin(User(true, "Admin")).ShouldBeTrue();

    [Fact]
    public void IsAdmin_Refuses_AnAnonymousUser() => AdminDashboardAuthorizationFilter.IsAdmin(User(false, "Admin")).ShouldBeFalse();

    [Theory]
    [InlineData("Supervisor")]
    [InlineData("Designer")]
    [InlineData("UnitOfficer")]
    public void IsAdmin_Refuses_AnotherRole(string role) => AdminDashboardAuthorizationFilter.IsAdmin(User(true, role)).ShouldBeFalse();
}

public sealed class SchedulingOptionsFacts
{
    [Theory]
    [InlineData("web", SchedulingRole.Web)]
    [InlineData("worker", SchedulingRole.Worker)]
    [InlineData("Both", SchedulingRole.Both)]
    public void Read_TakesTheRoleArgument_OverTheSection(string argument, SchedulingRole expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Scheduling:Role"] = "worker" })
            .AddCommandLine(["--role", argument]).Build();

        var options = SchedulingOptions.Read(configuration);

        options.Role.ShouldBe(expected);
        options.RunsServer.ShouldBe(expected != SchedulingRole.Web);
        options.PollingInterval.ShouldBe(TimeSpan.FromSeconds(1));
    }

    [Theory]
    [InlineData("00:00:30", "*/30 * * * * *")]
    [InlineData("00:15:00", "0 */15 * * * *")]
    [InlineData("06:00:00", "0 0 */6 * * *")]
    [InlineData("1.00:00:00", "0 0 0 * * *")]
    [InlineData("00:07:00", null)]
    [InlineData("2.00:00:00", null)]
    public void IntervalCron_SchedulesIntervalsThatDivideTheClock(string interval, string? expected) =>
        TriggerSchedules.IntervalCron(TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);
}
