namespace SmartReview.Application.Evidence;

/// <summary>
/// How an upload ended: saved; no such case (also what a facility is told about another's); too large; a type not
/// accepted or content not of the declared type; or not allowed now (not the case's facility, or not in the appeal window).
/// </summary>
public enum EvidenceUploadStatus { Saved, NotFound, TooLarge, WrongType, NotAllowed }
