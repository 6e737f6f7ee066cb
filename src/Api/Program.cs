using Supervision.Api;
using Supervision.Api.Cli;

if (CommandLine.IsCommand(args))
    return await CommandLine.RunAsync(args, Console.Out, Console.Error);

var builder = WebApplication.CreateBuilder(args);
builder.AddSupervisionServer();
var app = builder.Build();
app.UseSupervisionServer();
await app.RunAsync();
return 0;

public partial class Program;
