// The browser comes from the system (Debian's chromium), never from a download.
module.exports = { skipDownload: true };
