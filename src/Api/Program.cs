using Supervision.Api;
using Supervision.Api.Cli;

if (CommandLine.IsCommand(args))
    return await CommandLine.RunAsync(args, Console.Out, Console.Error);

// Settings are read once at start. Reloading them on change would watch the content root and everything under it,
// the SQLite files in data/ included, and wake on every write the database makes. A later argument may still turn
// it back on.
var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);
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
