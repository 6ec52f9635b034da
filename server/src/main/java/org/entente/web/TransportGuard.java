package org.entente.web;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.ReferenceCountUtil;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One per connection, just before Vert.x's own handler (it sees decoded HTTP messages and websocket frames):
 * <ul>
 * <li>a connection must send a complete request within {@code requestTimeout} of opening or of its previous
 * answer, or it is closed (a client that trickles its headers holds nothing for long);</li>
 * <li>on a websocket, RFC 6455: a text message that is not UTF-8 closes with 1007; reserved bits that no
 * negotiated extension explains close with 1002; a frame the decoder refused closes with the status it gives
 * (1009 for one over {@code hardFrameBytes}); after a close frame has gone out, nothing else does.</li>
 * </ul>
 */
final class TransportGuard extends ChannelDuplexHandler {
    private final long requestTimeoutMillis;
    private final int hardFrameBytes;
    private ScheduledFuture<?> timer;
    private boolean websocket;
    private boolean closeSent;
    private Utf8Check text;

    TransportGuard(long requestTimeoutMillis, int hardFrameBytes) {
        this.requestTimeoutMillis = requestTimeoutMillis;
        this.hardFrameBytes = hardFrameBytes;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        arm(ctx);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        disarm();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        disarm();
        super.channelInactive(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof WebSocketFrame frame) {
            if (closeSent && !(msg instanceof CloseWebSocketFrame)) {
                ReferenceCountUtil.release(msg); // RFC 6455 5.5.1: after our close, only the peer's close matters
                return;
            }
            String violation = violation(frame);
            if (violation != null) {
                ReferenceCountUtil.release(msg);
                int status = violation.startsWith("invalid UTF-8") ? 1007 : 1002;
                close(ctx, status, violation);
                return;
            }
        } else if (!websocket && msg instanceof HttpRequest) {
            disarm();
            if (!(msg instanceof LastHttpContent)) {
                arm(ctx); // the body too must arrive in time
            }
        } else if (!websocket && msg instanceof LastHttpContent) {
            disarm();
        }
        ctx.fireChannelRead(msg);
    }

    private String violation(WebSocketFrame frame) {
        if (frame.rsv() != 0) {
            return "reserved bits set without a negotiated extension";
        }
        if (frame instanceof TextWebSocketFrame) {
            text = new Utf8Check();
        } else if (!(frame instanceof ContinuationWebSocketFrame) || text == null) {
            return null;
        }
        if (!text.feed(frame.content()) || (frame.isFinalFragment() && !text.complete())) {
            text = null;
            return "invalid UTF-8 in a text message";
        }
        if (frame.isFinalFragment()) {
            text = null;
        }
        return null;
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (msg instanceof WebSocketFrame) {
            if (closeSent) {
                ReferenceCountUtil.release(msg);
                promise.trySuccess(); // nothing goes out after a close frame (RFC 6455 5.5.1)
                return;
            }
            if (msg instanceof CloseWebSocketFrame) {
                closeSent = true;
            }
        } else if (msg instanceof HttpResponse response && response.status().code() == 101) {
            websocket = true; // from now on the join timeout of ClientConnection applies
            disarm();
        } else if (!websocket && msg instanceof LastHttpContent) {
            promise = promise.unvoid();
            promise.addListener(done -> arm(ctx));
        }
        ctx.write(msg, promise);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) throws Exception {
        if (websocket && cause instanceof CorruptedWebSocketFrameException corrupted && corrupted.closeStatus() != null) {
            int status = corrupted.closeStatus().code();
            close(ctx, status, status == 1009 ? "frame larger than hardFrameBytes (" + hardFrameBytes + ")"
                    : corrupted.closeStatus().reasonText());
            return;
        }
        super.exceptionCaught(ctx, cause);
    }

    private void close(ChannelHandlerContext ctx, int status, String reason) {
        if (closeSent || !ctx.channel().isActive()) {
            return;
        }
        closeSent = true;
        ctx.writeAndFlush(new CloseWebSocketFrame(status, reason)).addListener(ChannelFutureListener.CLOSE);
    }

    private void arm(ChannelHandlerContext ctx) {
        disarm();
        if (websocket || !ctx.channel().isActive() && !ctx.channel().isOpen()) {
            return;
        }
        timer = ctx.executor().schedule(() -> {
            timer = null;
            if (!websocket) {
                ctx.close();
            }
        }, requestTimeoutMillis, TimeUnit.MILLISECONDS);
    }

    private void disarm() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }
}
