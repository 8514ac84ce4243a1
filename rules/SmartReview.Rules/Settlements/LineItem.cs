namespace SmartReview.Rules.Settlements;

/// <summary>
/// One fee line (FEE_LIST_D). Amount = quantity × unit price, to the fen. Immutable to its users; a recycling
/// <see cref="SettlementParser"/> refills its own instances in place between records (see its constructor).
/// </summary>
public sealed record LineItem
{
    private string _lineId = "", _code = "", _name = "", _department = "", _doctor = "";
    private ItemCategory _category;
    private PaymentClass _paymentClass;
    private decimal _quantity, _unitPrice, _amount;
    private DateTime _chargedAt;
    private DateTime? _uploadedAt;

    public required string LineId { get => _lineId; init => _lineId = value; }
    public required string Code { get => _code; init => _code = value; }
    public required string Name { get => _name; init => _name = value; }
    public required ItemCategory Category { get => _category; init => _category = value; }
    public required decimal Quantity { get => _quantity; init => _quantity = value; }
    public required decimal UnitPrice { get => _unitPrice; init => _unitPrice = value; }
    public required decimal Amount { get => _amount; init => _amount = value; }

    /// <summary>UTC.</summary>
    public required DateTime ChargedAt { get => _chargedAt; init => _chargedAt = value; }
    public required string Department { get => _department; init => _department = value; }
    public required string Doctor { get => _doctor; init => _doctor = value; }
    public required PaymentClass PaymentClass { get => _paymentClass; init => _paymentClass = value; }

    /// <summary>When the line reached the insurer (UTC), if the extract carries it: the optional upload-time feed.</summary>
    public DateTime? UploadedAt { get => _uploadedAt; init => _uploadedAt = value; }

    /// <summary>Refills a recycled instance with the next record's values (the parser's own instances only).</summary>
    internal void Overwrite(string lineId, string code, string name, ItemCategory category, decimal quantity, decimal unitPrice, decimal amount,
        DateTime chargedAt, string department, string doctor, PaymentClass paymentClass, DateTime? uploadedAt)
    {
        _lineId = lineId;
        _code = code;
        _name = name;
        _category = category;
        _quantity = quantity;
        _unitPrice = unitPrice;
        _amount = amount;
        _chargedAt = chargedAt;
        _department = department;
        _doctor = doctor;
        _paymentClass = paymentClass;
        _uploadedAt = uploadedAt;
    }
}
