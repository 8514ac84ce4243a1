using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SmartReview.Host.Auth;

/// <summary>
/// Password hashes as stored for the demo users: <c>PBKDF2-SHA256.{iterations}.{salt}.{hash}</c> (salt and hash in
/// base64), checked in constant time. Plain passwords are never stored.
/// </summary>
internal static class PasswordHash
{
    private const string Scheme = "PBKDF2-SHA256";
    private const int Iterations = 100_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public static string Create(string password)
    {
        byte[] salt = RandomNumberGenerator.GetBytes(SaltBytes);
        byte[] hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Join('.', Scheme, Iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    public static bool Verify(string password, string stored)
    {
        string[] parts = stored.Split('.');
        if (parts is not [Scheme, string iterations, string salt, string hash]
            || !int.TryParse(iterations, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < 10_000)
        {
            return false;
        }

        byte[] expected = Convert.FromBase64String(hash);
        byte[] actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), Convert.FromBase64String(salt), n, HashAlgorithmName.SHA256,
            expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
