using SmartReview.Kernel;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Catalogue;

namespace SmartReview.Synthetic.Generation;

/// <summary>A fee line being built: item, quantity, price and charge time. Amount follows quantity × price to the fen.</summary>
internal sealed class DraftLine(CatalogueItem item, int seq)
{
    public CatalogueItem Item { get; } = item;

    /// <summary>Creation order: breaks ties between lines charged at the same second.</summary>
    public int Seq { get; } = seq;

    public decimal Quantity { get; private set; }

    public decimal UnitPrice { get; private set; }

    public decimal Amount { get; private set; }

    /// <summary>UTC.</summary>
    public DateTime ChargedAt { get; private set; }

    /// <summary>China date of <see cref="ChargedAt"/> as a day number.</summary>
    public int Day { get; private set; }

    /// <summary>Part of a planted violation: never trimmed or moved by background guards.</summary>
    public bool Planted { get; set; }

    public string LineId { get; set; } = "";

    /// <summary>When the line reached the insurer (UTC); null when the extract does not say.</summary>
    public DateTime? UploadedAt { get; set; }

    /// <summary>The ordering department when it is not the stay's (a consultation); null for the stay's.</summary>
    public string? Department { get; set; }

    public void Set(decimal quantity, decimal unitPrice)
    {
        Quantity = quantity;
        UnitPrice = unitPrice;
        Amount = Money.Round(quantity * unitPrice);
    }

    public void ChargeAt(DateTime utc)
    {
        ChargedAt = utc;
        Day = ChinaTime.Date(utc).DayNumber;
    }
}
