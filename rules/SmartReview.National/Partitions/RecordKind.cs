namespace SmartReview.National.Partitions;

/// <summary>The first byte of each record in a partition file.</summary>
internal enum RecordKind : byte { Visit = 1, Settlement, FeeLine, Diagnosis, Operation, Header }
