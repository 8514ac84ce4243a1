namespace SmartReview.LoadTest;

/// <summary>
/// The load test's settings: what (<c>check</c>: real-time checks; <c>decisions</c>: one first-review decision per
/// case of the FirstReview work list, <c>--decision confirm</c> or <c>dismiss</c>), where, as whom, how many requests
/// after how many warm-up ones, how many at once.
/// </summary>
internal sealed record LoadOptions(string Mode, Uri Url, string User, int Requests, int Warmup, int Concurrency, int Settlements, string Decision)
{
    public static LoadOptions Parse(string[] args)
    {
        string Arg(string name, string fallback)
        {
            int i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        string mode = Arg("--mode", "check");
        bool decisions = mode == "decisions";
        return new LoadOptions(mode, new Uri(Arg("--url", "http://127.0.0.1:5080")), Arg("--user", decisions ? "rev-1" : "sup-1"),
            int.Parse(Arg("--requests", decisions ? "2000" : "20000")), int.Parse(Arg("--warmup", decisions ? "100" : "1000")),
            int.Parse(Arg("--concurrency", decisions ? "1" : "8")), int.Parse(Arg("--settlements", "2000")),
            Arg("--decision", "confirm"));
    }
}
