using SmartReview.LoadTest;

// A bounded load test of POST /api/check, or of decisions on cases (--mode decisions): sign in, warm up, then a fixed
// number of requests; or the work queue's page load times over seeded cases (--mode queue); see README.md.
LoadOptions options = LoadOptions.Parse(args);
if (options.Mode == "queue")
{
    return await QueueBench.RunAsync(options, args);
}

using HttpClient client = await LoadRun.SignedInAsync(options);
Func<int, (string, byte[])> request;
if (options.Mode == "decisions")
{
    List<string> keys = await CaseKeys.FirstReviewAsync(client, options.Warmup + options.Requests);
    Console.WriteLine($"{keys.Count:N0} cases in first review, one decision each: {options.Decision}");
    request = i => CaseKeys.Decision(keys[i], options.Decision);
}
else
{
    byte[][] settlements = SyntheticSettlements.Generate(options.Settlements);
    Console.WriteLine($"{settlements.Length:N0} synthetic settlements, mean {settlements.Average(s => s.Length):N0} bytes");
    request = i => ("/api/check", settlements[i % settlements.Length]);
}

var run = new LoadRun(client, request, options.Concurrency);
await run.RunAsync(options.Warmup, offset: 0);
LatencyReport report = await run.RunAsync(options.Requests, offset: options.Warmup);
report.Print(options);
return report.Statuses.Keys.All(s => s == 200) ? 0 : 1;
