namespace SmartReview.Synthetic.Catalogue;

/// <summary>
/// An operation (ICD-9-CM-3 医保版) with the surgery fee line it bills and the consumable groups it uses
/// (e.g. "laparoscopy|stapler").
/// </summary>
internal sealed record OperationTemplate(string Code, string Name, ItemTemplate Fee, string Consumables);
