// Starts Web Chat against the bot's own Direct Line: a token from the bot, then the WebSocket stream, or polling
// when the page is opened with ?transport=polling (for networks that block WebSockets).
(function () {
  'use strict';

  // DirectLineJS connection states (botframework-directlinejs ConnectionStatus).
  var EXPIRED_TOKEN = 3;
  var FAILED_TO_CONNECT = 4;

  var colors = {
    teal: '#2b6a6e',
    tealDark: '#1f5054',
    slate: '#4b5d78',
    ink: '#1f2d2e',
    mist: '#f4f7f6',
    line: '#d5e1de'
  };

  var styleOptions = {
    accent: colors.teal,
    primaryFont: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
    backgroundColor: colors.mist,
    rootHeight: '100%',
    rootWidth: '100%',

    botAvatarInitials: 'BC',
    botAvatarBackgroundColor: colors.teal,
    userAvatarInitials: 'You',
    userAvatarBackgroundColor: colors.slate,
    avatarSize: 36,

    bubbleBackground: '#ffffff',
    bubbleBorderColor: colors.line,
    bubbleBorderRadius: 16,
    bubbleBorderWidth: 1,
    bubbleTextColor: colors.ink,
    bubbleNubSize: 0,
    bubbleFromUserBackground: colors.teal,
    bubbleFromUserBorderColor: colors.teal,
    bubbleFromUserBorderRadius: 16,
    bubbleFromUserBorderWidth: 1,
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserNubSize: 0,
    bubbleMaxWidth: 560,

    suggestedActionLayout: 'flow',
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: colors.teal,
    suggestedActionBorderRadius: 18,
    suggestedActionBorderWidth: 1,
    suggestedActionTextColor: colors.tealDark,
    suggestedActionHeight: 36,

    sendBoxBackground: '#ffffff',
    sendBoxButtonColor: colors.teal,
    sendBoxTextWrap: true,
    hideUploadButton: true
  };

  var statusLine = document.getElementById('status');

  function showError(message) {
    document.getElementById('status-text').textContent = message;
    statusLine.hidden = false;
  }

  document.getElementById('retry').addEventListener('click', function () {
    window.location.reload();
  });

  function directLineDomain() {
    // Relative to the page, so the bot also works behind a reverse proxy that serves it under a path.
    return new URL('v3/directline', document.baseURI).href;
  }

  function fetchToken() {
    return fetch(new URL('api/directline/token', document.baseURI), {
      method: 'POST',
      headers: { Accept: 'application/json' },
      cache: 'no-store',
      credentials: 'same-origin'
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('token request failed with HTTP ' + response.status);
      }

      return response.json();
    }).then(function (grant) {
      if (!grant || typeof grant.token !== 'string' || !grant.token) {
        throw new Error('token response has no token');
      }

      return grant;
    });
  }

  function watchConnection(directLine) {
    directLine.connectionStatus$.subscribe(function (status) {
      if (status === FAILED_TO_CONNECT) {
        showError('BackCareBot could not connect. Please reload the page to try again.');
      } else if (status === EXPIRED_TOKEN) {
        showError('This chat has expired. Please reload the page to start a new one.');
      }
    });
  }

  function start() {
    if (!window.WebChat) {
      showError('The chat could not load. Please reload the page.');
      return;
    }

    var usePolling = new URLSearchParams(window.location.search).get('transport') === 'polling';
    fetchToken().then(function (grant) {
      var directLine = window.WebChat.createDirectLine({
        token: grant.token,
        domain: directLineDomain(),
        webSocket: !usePolling
      });
      watchConnection(directLine);
      window.WebChat.renderWebChat(
        {
          // No userID: Web Chat takes the user id from the token, the id the bot addresses suggested actions to.
          directLine: directLine,
          username: 'You',
          locale: 'en-US',
          styleOptions: styleOptions
        },
        document.getElementById('webchat')
      );
      document.documentElement.dataset.transport = usePolling ? 'polling' : 'websocket';
    }).catch(function () {
      showError('Sorry, BackCareBot is not available right now: the chat could not start. Please try again in a minute.');
    });
  }

  start();
})();
