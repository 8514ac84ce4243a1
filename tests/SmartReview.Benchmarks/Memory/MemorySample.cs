namespace SmartReview.Benchmarks.Memory;

/// <summary>The process's memory at one moment of a streamed run.</summary>
internal readonly record struct MemorySample(TimeSpan At, long Scored, long WorkingSet, long ManagedHeap, int Gen2)
{
    public static MemorySample Take(TimeSpan at, long scored) =>
        new(at, scored, Environment.WorkingSet, GC.GetGCMemoryInfo().HeapSizeBytes, GC.CollectionCount(2));
}
