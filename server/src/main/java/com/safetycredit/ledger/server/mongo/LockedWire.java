package com.safetycredit.ledger.server.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.wire.MongoDatabaseHandler;
import de.bwaldvogel.mongo.wire.MongoExceptionHandler;
import de.bwaldvogel.mongo.wire.MongoWireMessageEncoder;
import de.bwaldvogel.mongo.wire.MongoWireProtocolHandler;
import de.bwaldvogel.mongo.wire.MongoWireReplyEncoder;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;

/**
 * mongo-java-server's wire handlers behind mutual TLS, on loopback. mongo-java-server has no
 * authentication and offers only server-side TLS; its handlers are public Netty handlers, so this
 * bootstrap puts a TLS handler in front of them that requires a client certificate signed by the data
 * folder's own authority. The pipeline is the library's own otherwise.
 */
final class LockedWire implements AutoCloseable {

    private final EventLoopGroup boss = new NioEventLoopGroup(1);
    private final EventLoopGroup workers = new NioEventLoopGroup();
    private final ChannelGroup clients = new DefaultChannelGroup("ledger-store-clients", workers.next());
    private final Channel channel;

    LockedWire(MongoBackend backend, int port, EmbeddedCertificates certificates) {
        SslContext tls;
        try {
            tls = SslContextBuilder.forServer(certificates.serverKeys())
                    .sslProvider(SslProvider.JDK)
                    .trustManager(certificates.trustedAuthority())
                    .clientAuth(ClientAuth.REQUIRE)
                    .protocols("TLSv1.3")
                    .build();
        } catch (GeneralSecurityException | SSLException e) {
            throw new IllegalStateException("Cannot set up TLS for the embedded MongoDB", e);
        }
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(boss, workers)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 100)
                .childOption(ChannelOption.TCP_NODELAY, Boolean.TRUE)
                .localAddress(new InetSocketAddress("127.0.0.1", port))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline()
                                .addLast(
                                        tls.newHandler(ch.alloc()),
                                        new MongoWireReplyEncoder(),
                                        new MongoWireMessageEncoder(),
                                        new MongoWireProtocolHandler(),
                                        new MongoDatabaseHandler(backend, clients),
                                        new MongoExceptionHandler());
                    }
                });
        try {
            this.channel = bootstrap.bind().syncUninterruptibly().channel();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    InetSocketAddress address() {
        return (InetSocketAddress) channel.localAddress();
    }

    @Override
    public void close() {
        if (channel != null) {
            channel.close().syncUninterruptibly();
        }
        clients.close().syncUninterruptibly();
        boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
