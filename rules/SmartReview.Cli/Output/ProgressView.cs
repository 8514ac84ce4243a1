using SmartReview.Rules.Batches;
using Spectre.Console;

namespace SmartReview.Cli.Output;

/// <summary>A progress bar on a terminal; a line every ten seconds otherwise (logs); nothing with --quiet.</summary>
internal static class ProgressView
{
    public static async Task Run(bool quiet, long totalBytes, BatchScorer scorer, Func<Task> work)
    {
        if (quiet)
        {
            await work();
            return;
        }

        if (AnsiConsole.Profile.Capabilities.Interactive)
        {
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    ProgressTask task = context.AddTask(CliText.Get("Scoring"), maxValue: Math.Max(1, totalBytes));
                    scorer.Progress += s => task.Value = s.Bytes;
                    await work();
                    task.Value = task.MaxValue;
                });
            return;
        }

        TimeSpan next = TimeSpan.FromSeconds(10);
        scorer.Progress += s =>
        {
            if (s.Elapsed >= next)
            {
                next = s.Elapsed + TimeSpan.FromSeconds(10);
                Console.WriteLine(CliText.Format("ProgressLine", s.Received, 100.0 * s.Bytes / Math.Max(1, totalBytes)));
            }
        };
        await work();
    }
}
