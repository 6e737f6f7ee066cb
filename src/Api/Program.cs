using Supervision.Api;
using Supervision.Api.Cli;

if (CommandLine.IsCommand(args))
    return await CommandLine.RunAsync(args, Console.Out, Console.Error);

var builder = WebApplication.CreateBuilder(args);
builder.AddSupervisionServer();
var app = builder.Build();
app.UseSupervisionServer();
try
{
    await app.RunAsync();
}
catch (Exception ex) when (ex is Supervision.Api.Security.StartupRefusedException or Supervision.Workflows.Persistence.DatabaseInUseException)
{
    await Console.Error.WriteLineAsync($"error: {ex.Message}");
    return 1;
}
return 0;

public partial class Program;
