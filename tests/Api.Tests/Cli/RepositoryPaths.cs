using System.Runtime.CompilerServices;

namespace Supervision.Api.Tests.Cli;

/// <summary>Finds the repository's folders from the test's output directory.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Workflows => Path.Combine(Root, "workflows");

    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        // The output folder first; then this source file's folder, because an artifacts folder outside the
        // repository (dotnet test --artifacts-path) has no Supervision.slnx above it.
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) })
        {
            var directory = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Supervision.slnx")))
                directory = directory.Parent;
            if (directory is not null)
                return directory.FullName;
        }
        throw new InvalidOperationException("Repository root not found.");
    }
}
