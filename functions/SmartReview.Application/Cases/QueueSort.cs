namespace SmartReview.Application.Cases;

/// <summary>The keys a work list can be ordered by.</summary>
public enum QueueSort
{
    /// <summary>When the current stage's deadline falls.</summary>
    Due,

    /// <summary>The amount at stake of the flag.</summary>
    Amount,

    /// <summary>The rule's id.</summary>
    Rule,

    /// <summary>The facility's id.</summary>
    Facility,
}
