namespace SmartReview.Application.Ingest;

public enum ChunkStatus { Pending, Done, Failed }
