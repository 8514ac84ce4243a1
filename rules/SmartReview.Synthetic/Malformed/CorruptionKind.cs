namespace SmartReview.Synthetic.Malformed;

/// <summary>The ways a record is corrupted on purpose.</summary>
internal enum CorruptionKind { BadJson, MissingField, BadCode, NegativeQuantity, TotalsMismatch, DischargeBeforeAdmission }
