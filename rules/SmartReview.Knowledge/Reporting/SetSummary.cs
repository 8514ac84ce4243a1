namespace SmartReview.Knowledge.Reporting;

/// <summary>One knowledge file written: its set, family, entries, codes, and codes that more than one entry covers.</summary>
public sealed record SetSummary(string Set, string Family, string File, int Entries, int Codes, int SharedCodes);
