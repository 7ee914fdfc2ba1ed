namespace BackCareBot.BotFramework.IO;

/// <summary>
/// Files and folders that hold what people wrote about their health (the state file, recordings) are created readable
/// by their owner only: 0600 and 0700 on Linux and macOS. The process umask would otherwise leave them readable by every
/// user on the machine (0644). Existing files and folders keep the mode they have; on Windows the folder's ACL decides.
/// </summary>
public static class OwnerOnlyFiles
{
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates the folder, and the missing folders above it, owner-only.</summary>
    public static void CreateFolder(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, FolderMode);
    }

    /// <summary>Creates the file empty and owner-only unless it exists; its folder must exist.</summary>
    public static void CreateFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var options = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.ReadWrite };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }

        try
        {
            using var created = new FileStream(path, options);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Already there (another process, or an earlier run): its mode is the operator's choice.
        }
    }

    /// <summary>Options to open a file for reading and writing, created owner-only if it is missing.</summary>
    public static FileStreamOptions OpenOrCreate(FileShare share)
    {
        var options = new FileStreamOptions { Mode = System.IO.FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = share };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }

        return options;
    }
}
