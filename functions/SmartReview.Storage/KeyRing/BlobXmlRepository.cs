using System.Xml.Linq;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace SmartReview.Storage.KeyRing;

/// <summary>
/// The Data Protection key ring in a blob container, one blob per key (<c>{friendlyName}.xml</c>), so a sign-in cookie
/// outlives a host restart and is read by every instance. Keys are never changed once written (Data Protection
/// revokes by writing a new element), so no ETag is needed. The interface is synchronous; so are these calls.
/// </summary>
public sealed class BlobXmlRepository(BlobContainerClient container) : IXmlRepository
{
    private bool _created;

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        var elements = new List<XElement>();
        try
        {
            foreach (BlobItem blob in container.GetBlobs())
            {
                BlobDownloadResult content = container.GetBlobClient(blob.Name).DownloadContent().Value;
                using Stream stream = content.Content.ToStream();
                elements.Add(XElement.Load(stream));
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // No container yet: no keys yet.
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (!_created)
        {
            container.CreateIfNotExists();
            _created = true;
        }

        string name = (string.IsNullOrWhiteSpace(friendlyName) ? Guid.NewGuid().ToString("N") : friendlyName) + ".xml";
        using var stream = new MemoryStream();
        element.Save(stream, SaveOptions.DisableFormatting);
        stream.Position = 0;
        container.GetBlobClient(name).Upload(stream, overwrite: true);
    }
}
