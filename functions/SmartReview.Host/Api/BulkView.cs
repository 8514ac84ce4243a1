using SmartReview.Application.Cases;

namespace SmartReview.Host.Api;

/// <summary>
/// A bulk decision's answer: every case it covers, with <c>status</c> done, refused (with the review flow's code and
/// messages), conflict (changed meanwhile) or notFound.
/// </summary>
internal sealed record BulkView(IReadOnlyList<BulkItemView> Items)
{
    public static BulkView Of(BulkResult result) => new([.. result.Items.Select(i => new BulkItemView(i.Key, i.Status switch
    {
        CommandStatus.Done => "done",
        CommandStatus.Rejected => "refused",
        CommandStatus.Conflict => "conflict",
        _ => "notFound",
    }, i.Rejection?.Code.ToString(), i.Rejection?.MessageZh, i.Rejection?.MessageEn))]);
}
