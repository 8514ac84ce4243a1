namespace SmartReview.Host.Web;

/// <summary>Names the pages' text resources: <c>Resources/Web/Ui.resx</c> (zh-CN) and <c>Ui.en.resx</c>.</summary>
internal sealed class Ui;
