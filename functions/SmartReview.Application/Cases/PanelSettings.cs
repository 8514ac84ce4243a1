namespace SmartReview.Application.Cases;

/// <summary>
/// How the panel deliberates, from <c>Review:Panel</c>. <see cref="BlindVotes"/> (default true): a panel member sees
/// no other member's vote or reason until they have voted themselves or the panel has decided.
/// </summary>
public sealed record PanelSettings(bool BlindVotes = true);
