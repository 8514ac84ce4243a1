namespace SmartReview.Storage;

/// <summary>The work queues; each has a poison queue named with <see cref="PoisonSuffix"/>.</summary>
public static class QueueNames
{
    public const string Ingest = "ingest";
    public const string Chunks = "chunks";
    public const string CaseFlows = "case-flows";
    public const string PoisonSuffix = "-poison";

    public static readonly string[] All = [Ingest, Ingest + PoisonSuffix, Chunks, Chunks + PoisonSuffix, CaseFlows, CaseFlows + PoisonSuffix];
}
