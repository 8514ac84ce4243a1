using System.Diagnostics;

namespace SmartReview.Cli.Tests;

/// <summary>Runs the real <c>smartreview</c> executable (built beside the tests) as a separate process.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    public static async Task<Result> Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "smartreview.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["COLUMNS"] = "240";
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return new Result(process.ExitCode, await output, await error);
    }

    /// <summary>A fresh folder under the test output for one test's files.</summary>
    public static string TempFolder()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "runs", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
