namespace SmartReview.Host.Api;

/// <summary>The answer to an upload: the name it was stored under, which the batch's <c>Source</c> will carry, and the basis it will be scored on.</summary>
internal sealed record UploadAccepted(string Upload, string Basis);
